#pragma once

#include <QString>

class QLabel;
class QWidget;

// Inline validation in forms: an invalid field gets a red frame, and its message label
// (right under it) shows why. Shared by the connector and authentication dialogs.
class FieldFeedback
{
public:
    // Styles a label as a field message (red, hidden while empty).
    static void prepareMessage(QLabel *label);
    // Styles a label that shows an API error inside a dialog (framed, selectable).
    static void prepareApiError(QLabel *label);
    static void prepareNote(QLabel *label);
    // Shows `message` under `field` when `visible`, clears both otherwise.
    static void show(QWidget *field, QLabel *label, const QString &message, bool visible);
    static void mark(QWidget *field, bool invalid);
    static bool isMarked(const QWidget *field);
    // Shows or hides a row of a grid: its label and its field. (The forms that hide rows are
    // grids: QFormLayout writes out of bounds in Qt 6.4 when a hidden row sits next to
    // word-wrapped labels.)
    static void showRow(QWidget *label, QWidget *field, bool visible);
    static QString styleSheet();
};
