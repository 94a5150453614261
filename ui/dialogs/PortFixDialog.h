#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ms {

class ConsoleServices;

/// The port and domain conflicts of the inventory, the moves that fix them (which file
/// changes, which key), and the fix itself, run off the GUI thread; afterwards it names each
/// changed file and the backup kept beside it.
class PortFixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortFixDialog(ConsoleServices& services, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The fix changed files (the inventory has been rescanned).
    void fixed();

private:
    void load();
    void apply();

    ConsoleServices& m_services;
    QLabel* m_summary;
    QTreeWidget* m_conflicts;
    QTreeWidget* m_moves;
    QLabel* m_result;
    QPushButton* m_apply;
};

} // namespace ms
