// A main() for the fuzz targets without libFuzzer: feeds every file of the given directories
// (or the given files) to LLVMFuzzerTestOneInput once. `make test` runs each target over its
// seed corpus this way (GCC, no clang needed), so an input that once crashed a target, saved in
// tests/fuzz/corpus/<target>/, stays a regression test; `make fuzz` explores further.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
int replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return 1;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in),
                                  std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    int inputs = 0;
    int unreadable = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path))
                if (entry.is_regular_file()) {
                    unreadable += replay(entry.path());
                    ++inputs;
                }
        } else {
            unreadable += replay(path);
            ++inputs;
        }
    }
    std::printf("%d inputs replayed\n", inputs);
    // No input at all means a wrong path: fail rather than pass vacuously.
    return inputs > 0 && unreadable == 0 ? 0 : 1;
}
