#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ms {

class AuditTableModel;
class ConsoleServices;
struct AuditFilter;

/// The audit log: every operation and event, filterable by site, module, user, outcome and
/// time; the selected entry's details; the hash chain's verification; CSV export.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    /// The most entries shown at once (the newest); filters narrow further.
    static constexpr int MaxEntries = 5000;

    explicit ActivityPage(ConsoleServices& services, QWidget* parent = nullptr);

    AuditTableModel* model() const { return m_model; }
    void reload();
    void verify();
    /// Writes the entries the filters show to @p file as CSV, off the GUI thread.
    void exportCsvTo(const QString& file);

Q_SIGNALS:
    void loaded(int entries);
    void verified(bool intact);
    void exported(bool ok);

private:
    AuditFilter filter() const;
    void exportCsv();
    void showDetails();

    ConsoleServices& m_services;
    AuditTableModel* m_model;
    QLineEdit* m_site;
    QLineEdit* m_module;
    QLineEdit* m_user;
    QComboBox* m_outcome;
    QComboBox* m_period;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_chain;
    QLabel* m_count;
    int m_generation = 0;
};

} // namespace ms
