#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace ms {

class ConsoleServices;

/// "What would installing these modules on this site do?": pick a site, name the modules
/// (`farm_manager@^1.8 reports`), point at a catalog, and see the resolver's plan in install
/// order with the reason for each step — or, when no plan exists, the chain of constraints
/// that clash. Nothing is installed.
class InstallPlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InstallPlanDialog(ConsoleServices& services, const QString& site = {}, QWidget* parent = nullptr);

private:
    void browse();
    void siteChanged();
    void resolve();

    ConsoleServices& m_services;
    QComboBox* m_site;
    QLineEdit* m_requests;
    QLineEdit* m_catalog;
    QLineEdit* m_core;
    QPushButton* m_resolve;
    QLabel* m_status;
    QStackedWidget* m_result;
    QTableWidget* m_plan;
    QPlainTextEdit* m_explanation;
    bool m_coreEdited = false;
};

} // namespace ms
