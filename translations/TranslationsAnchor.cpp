// smarthost_translations holds only the compiled .qm files as resources (":/i18n/…");
// a static library needs one source file.
namespace smarthost_translations {
int anchor = 0;
}
