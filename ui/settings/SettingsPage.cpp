#include "settings/SettingsPage.h"

#include "ConsoleServices.h"
#include "Translations.h"
#include "common/Async.h"
#include "inventory/Inventory.h"
#include "inventory/ScanJob.h"
#include "registry/MinisignPublicKey.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

/// A registry as the page lists it: its record and the ids of the keys it is trusted with.
struct RegistryRow
{
    RegistryRecord record;
    QStringList keyIds;
};

QString readOnlyReason()
{
    return SettingsPage::tr("This is a read-only snapshot: nothing can be changed.");
}

QString outcomeText(const RegistryRecord& r)
{
    switch (r.lastOutcome) {
    case RegistryRefreshOutcome::Never:
        return SettingsPage::tr("Never refreshed");
    case RegistryRefreshOutcome::Updated:
        return SettingsPage::tr("Updated to serial %1").arg(r.serial);
    case RegistryRefreshOutcome::Unchanged:
        return SettingsPage::tr("Up to date (serial %1)").arg(r.serial);
    case RegistryRefreshOutcome::Failed:
        return SettingsPage::tr("Failed: %1").arg(r.lastErrorMessage);
    }
    return {};
}

QPushButton* openFolderButton(const QString& name, const QString& folder, bool available, QWidget* parent)
{
    auto* button
        = new QPushButton(QIcon::fromTheme(u"folder-open"_s), SettingsPage::tr("Open folder"), parent);
    button->setObjectName(name);
    const bool exists = available && QFileInfo(folder).isDir();
    button->setEnabled(exists);
    button->setToolTip(exists
                           ? folder
                           : (available ? SettingsPage::tr("%1 does not exist yet.").arg(folder)
                                        : SettingsPage::tr("The database is on a server, not in a folder.")));
    QObject::connect(button, &QPushButton::clicked, parent,
                     [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    return button;
}

} // namespace

SettingsPage::SettingsPage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"settingsPage"_s);
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(createAppsDirs());
    column->addWidget(createRegistries());
    column->addWidget(createKeychain());
    column->addWidget(createLanguage());
    column->addWidget(createLocations());
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_services.inventory(), &Inventory::sitesChanged, this, &SettingsPage::reloadAppsDirs,
            Qt::QueuedConnection);
    connect(&m_services.registries(), &RegistryService::registriesChanged, this,
            &SettingsPage::reloadRegistries, Qt::QueuedConnection);
    connect(&m_services.registries(), &RegistryService::catalogChanged, this,
            &SettingsPage::reloadRegistries);
    connect(&m_services.secrets(), &SecretStore::backendChanged, this, &SettingsPage::showKeychainState);
    updateButtons();
    reload();
}

QWidget* SettingsPage::createAppsDirs()
{
    auto* box = new QGroupBox(tr("Apps directories"), this);
    m_appsDirs = new QListWidget(box);
    m_appsDirs->setObjectName(u"appsDirList"_s);
    m_appsDirs->setMaximumHeight(120);
    connect(m_appsDirs, &QListWidget::currentRowChanged, this, &SettingsPage::updateButtons);
    m_appsDirAdd = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Add…"), box);
    m_appsDirAdd->setObjectName(u"appsDirAdd"_s);
    connect(m_appsDirAdd, &QPushButton::clicked, this, &SettingsPage::chooseAppsDirectory);
    m_appsDirRemove = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Remove"), box);
    m_appsDirRemove->setObjectName(u"appsDirRemove"_s);
    connect(m_appsDirRemove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_appsDirs->currentItem()) {
            const QString dir = item->text();
            if (QMessageBox::question(
                    this, tr("Remove an apps directory"),
                    tr("Stop scanning %1? Its sites stay in the inventory, marked missing.").arg(dir))
                == QMessageBox::Yes)
                removeAppsDirectory(dir);
        }
    });
    m_appsDirStatus = new QLabel(box);
    m_appsDirStatus->setObjectName(u"appsDirStatus"_s);
    m_appsDirStatus->setWordWrap(true);
    auto* hint
        = new QLabel(tr("Folders that hold one folder per site. Every directory is scanned again on Rescan "
                        "and watched for changes."),
                     box);
    hint->setWordWrap(true);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_appsDirAdd);
    buttons->addWidget(m_appsDirRemove);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_appsDirs, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_appsDirStatus);
    return box;
}

QWidget* SettingsPage::createRegistries()
{
    auto* box = new QGroupBox(tr("Registries"), this);
    m_registries = new QTreeWidget(box);
    m_registries->setObjectName(u"registryList"_s);
    m_registries->setRootIsDecorated(false);
    m_registries->setHeaderLabels(
        {tr("Name"), tr("URL"), tr("Priority"), tr("Trusted keys"), tr("Last refresh"), tr("Result")});
    m_registries->setMinimumHeight(110);
    m_registries->setMaximumHeight(160);
    connect(m_registries, &QTreeWidget::currentItemChanged, this, &SettingsPage::updateButtons);
    m_registryAdd = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Add…"), box);
    m_registryAdd->setObjectName(u"registryAdd"_s);
    connect(m_registryAdd, &QPushButton::clicked, this, &SettingsPage::showAddRegistry);
    m_registryRemove = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Remove"), box);
    m_registryRemove->setObjectName(u"registryRemove"_s);
    connect(m_registryRemove, &QPushButton::clicked, this, &SettingsPage::removeRegistry);
    m_registryRefresh = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Refresh all"), box);
    m_registryRefresh->setObjectName(u"registryRefresh"_s);
    m_registryRefresh->setToolTip(tr("Fetch every enabled registry's signed catalog again"));
    connect(m_registryRefresh, &QPushButton::clicked, this, &SettingsPage::refreshRegistries);
    m_registryStatus = new QLabel(box);
    m_registryStatus->setObjectName(u"registryStatus"_s);
    m_registryStatus->setWordWrap(true);
    m_registryStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_registryAdd);
    buttons->addWidget(m_registryRemove);
    buttons->addWidget(m_registryRefresh);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_registries, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_registryStatus);
    return box;
}

QWidget* SettingsPage::createKeychain()
{
    auto* box = new QGroupBox(tr("Keychain"), this);
    m_keychain = new QLabel(box);
    m_keychain->setObjectName(u"keychainStatus"_s);
    m_keychain->setWordWrap(true);
    m_keychain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainCheck = new QPushButton(tr("Check again"), box);
    m_keychainCheck->setObjectName(u"keychainCheck"_s);
    m_keychainCheck->setToolTip(tr("Store, read back and delete a test entry in the keychain"));
    connect(m_keychainCheck, &QPushButton::clicked, this, &SettingsPage::checkKeychain);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_keychain, 1);
    layout->addWidget(m_keychainCheck, 0, Qt::AlignTop);
    showKeychainState();
    return box;
}

QWidget* SettingsPage::createLanguage()
{
    auto* box = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(box);
    m_language->setObjectName(u"languageCombo"_s);
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default")
                                                 : tr("System default (%1)").arg(systemLanguage),
                        QString());
    for (const QString& code : Translations::available()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    const int current = m_language->findData(QSettings().value(u"language"_s).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings settings;
        const QString code = m_language->currentData().toString();
        if (code.isEmpty())
            settings.remove(u"language"_s);
        else
            settings.setValue(u"language"_s, code);
    });
    auto* note = new QLabel(
        tr("Takes effect the next time Mothership starts. The command line's --lang wins over it."), box);
    note->setObjectName(u"languageNote"_s);
    note->setWordWrap(true);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_language);
    layout->addWidget(note, 1);
    return box;
}

QWidget* SettingsPage::createLocations()
{
    auto* box = new QGroupBox(tr("Data"), this);
    auto* form = new QFormLayout(box);
    const DatabaseLocation& location = m_services.database().location();
    const bool sqlite = location.backend() == DatabaseLocation::Backend::Sqlite;
    const QString snapshot = m_services.snapshotFile();
    const QString databaseText = snapshot.isEmpty() ? location.displayName() : snapshot;
    const QString databaseFolder = sqlite || !snapshot.isEmpty()
        ? QFileInfo(snapshot.isEmpty() ? location.databaseName() : snapshot).absolutePath()
        : QString();
    const QString config = QSettings().fileName();
    const QString cache = m_services.registries().cache().root();
    auto addRow = [this, form](const QString& label, const QString& text, const QString& name,
                               const QString& button, const QString& folder, bool available) {
        auto* value = new QLabel(text, this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        auto* row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(openFolderButton(button, folder, available, this));
        form->addRow(label, row);
    };
    addRow(snapshot.isEmpty() ? tr("Database") : tr("Snapshot"), databaseText, u"databaseLocation"_s,
           u"openDatabaseFolder"_s, databaseFolder, sqlite || !snapshot.isEmpty());
    addRow(tr("Settings"), config, u"configLocation"_s, u"openConfigFolder"_s,
           QFileInfo(config).absolutePath(), true);
    addRow(tr("Registry cache"), cache, u"cacheLocation"_s, u"openCacheFolder"_s, cache, true);
    return box;
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The keychain is probed when someone looks: a probe writes a test entry.
    if (!m_keychainProbed && m_services.secrets().backend() == SecretStore::Backend::Unknown)
        checkKeychain();
}

void SettingsPage::reload()
{
    reloadAppsDirs();
    reloadRegistries();
}

void SettingsPage::reloadAppsDirs()
{
    Inventory* inventory = &m_services.inventory();
    runAsync(
        this, [inventory] { return inventory->appsDirs(); },
        [this](const Result<QStringList>& dirs) {
            const QString selected
                = m_appsDirs->currentItem() ? m_appsDirs->currentItem()->text() : QString();
            m_appsDirs->clear();
            if (!dirs) {
                m_appsDirStatus->setText(
                    tr("The apps directories could not be read: %1").arg(dirs.error().toString()));
                return;
            }
            for (const QString& d : *dirs) {
                auto* item = new QListWidgetItem(QIcon::fromTheme(u"folder"_s), d, m_appsDirs);
                if (!QFileInfo(d).isDir())
                    item->setToolTip(tr("This folder is missing."));
                if (d == selected)
                    m_appsDirs->setCurrentItem(item);
            }
            if (dirs->isEmpty() && !m_scanning)
                m_appsDirStatus->setText(tr("No apps directory yet: add the folder that holds your sites."));
            updateButtons();
            Q_EMIT appsDirsLoaded(*dirs);
        });
}

void SettingsPage::reloadRegistries()
{
    RegistryService* service = &m_services.registries();
    const int generation = ++m_generation;
    runAsync(
        this,
        [service]() -> Result<QList<RegistryRow>> {
            auto records = service->list();
            if (!records)
                return records.error();
            QList<RegistryRow> rows;
            const TrustStore trust = service->trustStore();
            for (const RegistryRecord& r : std::as_const(*records)) {
                RegistryRow row {r, {}};
                for (const MinisignPublicKey& k : trust.keys(r.name).valueOr({}))
                    row.keyIds << k.keyIdHex();
                rows << row;
            }
            return rows;
        },
        [this, generation](const Result<QList<RegistryRow>>& rows) {
            if (generation != m_generation)
                return;
            const QString selected
                = m_registries->currentItem() ? m_registries->currentItem()->text(0) : QString();
            m_registries->clear();
            if (!rows) {
                m_registryStatus->setText(
                    tr("The registries could not be read: %1").arg(rows.error().toString()));
                return;
            }
            for (const RegistryRow& row : *rows) {
                const RegistryRecord& r = row.record;
                auto* item = new QTreeWidgetItem(
                    m_registries,
                    {r.name, r.url, QString::number(r.priority), row.keyIds.join(u", "_s),
                     r.lastRefreshAt.isValid()
                         ? QLocale().toString(r.lastRefreshAt.toLocalTime(), QLocale::ShortFormat)
                         : tr("never"),
                     outcomeText(r)});
                item->setToolTip(
                    3, tr("Fingerprints (minisign key ids) of the keys its catalog must be signed with"));
                if (r.lastOutcome == RegistryRefreshOutcome::Failed) {
                    item->setForeground(5, QColor(0xc0, 0x39, 0x2b));
                    item->setToolTip(5, r.lastErrorMessage);
                }
                if (r.name == selected)
                    m_registries->setCurrentItem(item);
            }
            for (int i = 0; i < m_registries->columnCount() - 1; ++i)
                m_registries->resizeColumnToContents(i);
            if (rows->isEmpty())
                m_registryStatus->setText(tr("No registry yet: add one to install modules from it."));
            updateButtons();
            Q_EMIT registriesLoaded(int(rows->size()));
        });
}

void SettingsPage::updateButtons()
{
    const bool readOnly = m_services.isReadOnly();
    const QString reason = readOnly ? readOnlyReason() : QString();
    m_appsDirAdd->setEnabled(!readOnly && !m_scanning);
    m_appsDirAdd->setToolTip(readOnly ? reason
                                      : tr("Add a folder that holds one folder per site, and scan it"));
    m_appsDirRemove->setEnabled(!readOnly && m_appsDirs->currentItem());
    m_appsDirRemove->setToolTip(readOnly ? reason : tr("Stop scanning the selected folder"));
    m_registryAdd->setEnabled(!readOnly);
    m_registryAdd->setToolTip(readOnly ? reason : tr("Trust a registry and its signing key"));
    m_registryRemove->setEnabled(!readOnly && m_registries->currentItem());
    m_registryRemove->setToolTip(readOnly ? reason
                                          : tr("Forget the selected registry, its keys and cached files"));
    m_registryRefresh->setEnabled(!readOnly && !m_refreshing && m_registries->topLevelItemCount() > 0);
    if (readOnly)
        m_registryRefresh->setToolTip(reason);
    m_keychainCheck->setEnabled(!readOnly);
    if (readOnly)
        m_keychainCheck->setToolTip(reason);
}

void SettingsPage::chooseAppsDirectory()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add an apps directory"));
    if (!dir.isEmpty())
        addAppsDirectory(dir);
}

void SettingsPage::addAppsDirectory(const QString& dir)
{
    if (m_services.isReadOnly() || m_scanning)
        return;
    ScanJob* job = m_services.inventory().scanJob({dir});
    job->setParent(this);
    m_scanning = true;
    updateButtons();
    m_appsDirStatus->setText(tr("Scanning %1…").arg(dir));
    connect(job, &Job::finished, this, [this, job, dir] {
        job->deleteLater();
        m_scanning = false;
        if (job->succeeded()) {
            const auto& o = job->outcome();
            m_appsDirStatus->setText(tr("Added %1: %2 new, %3 updated, %4 missing, %5 problems.")
                                         .arg(dir)
                                         .arg(o.summary.added)
                                         .arg(o.summary.updated)
                                         .arg(o.summary.missing)
                                         .arg(o.problems.size()));
        } else {
            m_appsDirStatus->setText(tr("%1 could not be added: %2").arg(dir, job->error().toString()));
        }
        updateButtons();
        reloadAppsDirs();
    });
    job->start();
}

void SettingsPage::removeAppsDirectory(const QString& dir)
{
    if (m_services.isReadOnly())
        return;
    // A small write; the inventory restarts its watcher, which belongs to this thread.
    if (Status removed = m_services.inventory().removeAppsDir(dir); !removed)
        m_appsDirStatus->setText(tr("%1 could not be removed: %2").arg(dir, removed.error().toString()));
    else
        m_appsDirStatus->setText(tr("Removed %1; its sites are marked missing.").arg(dir));
    reloadAppsDirs();
}

bool SettingsPage::addRegistry(const QString& name, const QString& url, const QString& keyFile, int priority)
{
    if (m_services.isReadOnly())
        return false;
    auto key = MinisignPublicKey::load(keyFile);
    if (!key) {
        m_registryStatus->setText(tr("The key could not be read: %1").arg(key.error().toString()));
        return false;
    }
    auto added = m_services.registries().add(name, url, {*key}, priority);
    if (!added) {
        m_registryStatus->setText(tr("The registry was not added: %1").arg(added.error().toString()));
        return false;
    }
    m_registryStatus->setText(
        tr("Added %1, trusting key %2. Refresh it to fetch its catalog.").arg(name, key->keyIdHex()));
    reloadRegistries();
    return true;
}

void SettingsPage::showAddRegistry()
{
    QDialog dialog(this);
    dialog.setObjectName(u"registryAddDialog"_s);
    dialog.setWindowTitle(tr("Add a registry"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(u"registryName"_s);
    name->setPlaceholderText(tr("main"));
    auto* url = new QLineEdit(&dialog);
    url->setObjectName(u"registryUrl"_s);
    url->setPlaceholderText(u"https://modules.example.com/"_s);
    auto* key = new QLineEdit(&dialog);
    key->setObjectName(u"registryKeyFile"_s);
    key->setPlaceholderText(tr("minisign public key (.pub)"));
    auto* browse = new QPushButton(tr("Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, key] {
        const QString file = QFileDialog::getOpenFileName(&dialog, tr("The registry's public key"), QString(),
                                                          tr("minisign public keys (*.pub);;All files (*)"));
        if (!file.isEmpty())
            key->setText(file);
    });
    auto* priority = new QSpinBox(&dialog);
    priority->setObjectName(u"registryPriority"_s);
    priority->setRange(-1000, 1000);
    priority->setToolTip(tr("Higher wins when two registries offer the same module"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(key, 1);
    keyRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name);
    form->addRow(tr("URL"), url);
    form->addRow(tr("Public key"), keyRow);
    form->addRow(tr("Priority"), priority);
    auto* error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #c0392b"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (addRegistry(name->text().trimmed(), url->text().trimmed(), key->text().trimmed(),
                        priority->value()))
            dialog.accept();
        else
            error->setText(m_registryStatus->text());
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    dialog.exec();
}

void SettingsPage::removeRegistry()
{
    QTreeWidgetItem* item = m_registries->currentItem();
    if (!item || m_services.isReadOnly())
        return;
    const QString name = item->text(0);
    if (QMessageBox::question(
            this, tr("Remove a registry"),
            tr("Remove %1? Its keys and cached catalog are forgotten; installed modules stay.").arg(name))
        != QMessageBox::Yes)
        return;
    if (Status removed = m_services.registries().remove(name); !removed)
        m_registryStatus->setText(tr("%1 could not be removed: %2").arg(name, removed.error().toString()));
    else
        m_registryStatus->setText(tr("Removed %1.").arg(name));
    reloadRegistries();
}

void SettingsPage::refreshRegistries()
{
    if (m_services.isReadOnly() || m_refreshing)
        return;
    RegistrySyncJob* job = m_services.registries().refresh({}, this);
    m_refreshing = true;
    updateButtons();
    m_registryStatus->setText(tr("Refreshing…"));
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total, const QString& step) {
        m_registryStatus->setText(tr("Refreshing (%1 of %2): %3").arg(done).arg(total).arg(step));
    });
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        m_refreshing = false;
        if (job->error().isError() && job->results().isEmpty()) {
            m_registryStatus->setText(tr("The refresh failed: %1").arg(job->error().toString()));
        } else {
            const int failed = job->failures();
            m_registryStatus->setText(
                failed == 0 ? tr("%n registry(ies) refreshed.", nullptr, int(job->results().size()))
                            : tr("%n registry(ies) could not be refreshed; their previous catalogs "
                                 "stay. The Result column says why.",
                                 nullptr, failed));
        }
        updateButtons();
        reloadRegistries();
    });
    job->start();
}

void SettingsPage::checkKeychain()
{
    m_keychainProbed = true;
    m_keychain->setText(tr("Checking the keychain…"));
    SecretJob* probe = m_services.secrets().probe();
    connect(probe, &Job::finished, this, [this] {
        showKeychainState();
        Q_EMIT keychainChecked();
    });
    probe->start();
}

void SettingsPage::showKeychainState()
{
    const SecretStore& store = m_services.secrets();
    switch (store.backend()) {
    case SecretStore::Backend::Unknown:
        m_keychain->setText(tr("Not checked yet."));
        break;
    case SecretStore::Backend::Keychain:
        m_keychain->setText(
            tr("<b>Available</b>: license keys and registry credentials are kept in the system "
               "keychain (Secret Service or KWallet), under the service \"%1\".")
                .arg(store.options().service.toHtmlEscaped()));
        break;
    case SecretStore::Backend::UnencryptedFile:
        m_keychain->setText(
            tr("<b>No keychain</b>: secrets go to an unencrypted file, %1 (%2).")
                .arg(store.fallbackPath().toHtmlEscaped(), store.keychainError().toString().toHtmlEscaped()));
        break;
    case SecretStore::Backend::None:
        m_keychain->setText(
            tr("<b>Not available</b>: %1. License keys must be given as files until a keychain "
               "(gnome-keyring, KWallet) runs.")
                .arg(store.keychainError().toString().toHtmlEscaped()));
        break;
    }
}

} // namespace ms
