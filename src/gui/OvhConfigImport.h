#pragma once

#include "Credentials.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <optional>

class QWidget;
namespace Ui {
class SignInDialog;
}

// The "Import ovh.conf" page of SignInDialog: reads what python-ovh would (the OVH_*
// variables, then its ovh.conf files) or one file the user chooses, shows what it found
// (secrets masked) and why it cannot be used. The dialog calls read() whenever the page, the
// region or sourceChanged() asks for it, then uses imported().
class OvhConfigImport : public QObject
{
    Q_OBJECT

public:
    // `ui` is the dialog's form, `dialog` the parent of the file chooser.
    OvhConfigImport(Ui::SignInDialog *ui, QWidget *dialog);

    // The process environment and python-ovh's files unless set.
    void setEnvironment(const QProcessEnvironment &environment);
    void setSearchPaths(const QStringList &paths);

    // Reads the chosen source; `regionName` (the region or URL chosen in the dialog) stands
    // in for a missing endpoint. Returns true when complete keys were found: the dialog then
    // checks the endpoint and may showMessage() why it is wrong.
    bool read(const QString &regionName);
    void showMessage(const QString &message);
    // The keys found; an empty endpoint follows the region.
    const std::optional<Credentials> &imported() const { return m_imported; }
    // Drops the keys found; `showEmpty` also empties what the page shows.
    void forget(bool showEmpty);

Q_SIGNALS:
    // The user chose another source: read() again.
    void sourceChanged();

private:
    void showFound(const std::optional<Credentials> &found, const QStringList &sources);
    void chooseFile();

    Ui::SignInDialog *m_ui;
    QWidget *m_dialog;
    QProcessEnvironment m_environment;
    QStringList m_searchPaths;
    std::optional<Credentials> m_imported;
};
