#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace ms {

class ConsoleServices;

/// The console's settings: the apps directories the inventory scans, the registries modules
/// come from (with their keys and last refresh), whether secrets go to a keychain, the
/// language, and where the data lives. In a read-only snapshot nothing here changes the data.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleServices& services, QWidget* parent = nullptr);

    /// Registers @p dir and scans every apps directory, as a job; appsDirsLoaded() follows.
    void addAppsDirectory(const QString& dir);
    /// Forgets @p dir (its sites stay, marked missing).
    void removeAppsDirectory(const QString& dir);
    /// Adds a registry trusted with the minisign public key in @p keyFile; false (after
    /// saying why on the page) when it is refused.
    bool addRegistry(const QString& name, const QString& url, const QString& keyFile, int priority);

    /// Reads the apps directories and the registries again, off the GUI thread.
    void reload();

Q_SIGNALS:
    void appsDirsLoaded(const QStringList& dirs);
    void registriesLoaded(int count);
    void keychainChecked();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createAppsDirs();
    QWidget* createRegistries();
    QWidget* createKeychain();
    QWidget* createLanguage();
    QWidget* createLocations();
    void reloadAppsDirs();
    void reloadRegistries();
    void chooseAppsDirectory();
    void showAddRegistry();
    void removeRegistry();
    void refreshRegistries();
    void checkKeychain();
    void showKeychainState();
    void updateButtons();

    ConsoleServices& m_services;
    QListWidget* m_appsDirs = nullptr;
    QPushButton* m_appsDirAdd = nullptr;
    QPushButton* m_appsDirRemove = nullptr;
    QLabel* m_appsDirStatus = nullptr;
    QTreeWidget* m_registries = nullptr;
    QPushButton* m_registryAdd = nullptr;
    QPushButton* m_registryRemove = nullptr;
    QPushButton* m_registryRefresh = nullptr;
    QLabel* m_registryStatus = nullptr;
    QLabel* m_keychain = nullptr;
    QPushButton* m_keychainCheck = nullptr;
    QComboBox* m_language = nullptr;
    bool m_scanning = false;
    bool m_refreshing = false;
    bool m_keychainProbed = false;
    int m_generation = 0;
};

} // namespace ms
