#pragma once

#include "core/Job.h"
#include "discovery/Site.h"
#include "lifecycle/LicenseGate.h"
#include "lifecycle/OperationJournal.h"
#include "lifecycle/OperationPlanner.h"
#include "lifecycle/OperationRequest.h"
#include "lifecycle/PackageFetcher.h"
#include "targets/LocalTarget.h"
#include "targets/SiteLock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <optional>

namespace ms {

class Orchestrator;

/// One attempt at an Operation (see Orchestrator for the order of things). Blocking work —
/// the database, the disk, the reload command — runs on the thread pool one phase at a
/// time; fetching and the keychain are jobs of their own, watched from the job's thread.
/// Before the journal is written a failure changes nothing; after it, Recovery rolls back.
class OperationRun : public Job
{
    Q_OBJECT

public:
    /// @p operationId is the row of an earlier attempt, or 0 to create one.
    OperationRun(Orchestrator* orchestrator, OperationRequest request, qint64 operationId, int attempt,
                 QObject* parent = nullptr);
    ~OperationRun() override;

    void start() override;
    qint64 operationId() const { return m_record.id; }
    /// As far as it got; complete once finished.
    const OperationOutcome& outcome() const { return m_outcome; }

protected:
    void onCancel() override;

private:
    // Phases, in order; each hands over to the next or to fail().
    void acquireSite();
    void planOperation();
    void checkLicense(int index);
    void licenseFromKeychain(int index, const Error& offeredKeyProblem);
    void beginJournal();
    void runChange(int index);
    void fetchPackage(int index);
    void completeOperation();
    void storeLicenses();

    // Pool-side work.
    Status openRecordAndLock(bool* busy);
    Status recoverAndPlan();
    Status writeJournal();
    Status changeBefore(const ModuleChange& c);
    Status applyPackage(const ModuleChange& c, const FetchedPackage& package);
    Status changeAfter(const ModuleChange& c);
    Status commit();
    Status checkManifest(const ModuleChange& c, const QString& stagingDir) const;
    /// Writes the journal again (phase prepared), with @p module's step set to @p step
    /// when @p module is given.
    Status updateJournal(const QString& module, const QString& step);

    /// Ends the attempt with @p error; rolls back first when the journal was written.
    void fail(const Error& error, const QString& module = {});
    /// Reads the operation's row when this attempt knows only its id.
    Status loadRecord();
    void finishRecord(const Error& error);
    void audit(const Error& error);
    void report(qint64 done, const QString& step);
    Status cancelled() const;

    Orchestrator* m_orchestrator;
    OperationRequest m_request;
    int m_attempt;
    OperationRecord m_record;
    OperationOutcome m_outcome;

    Site m_site;
    std::optional<LocalTarget> m_target;
    SiteLock m_lock;
    QElapsedTimer m_lockWait;

    OperationPlanner::Plan m_plan;
    std::optional<LicenseVerifier> m_verifier;
    QString m_installationId;
    int m_keepVersions = LocalTarget::DefaultKeepVersions;
    QList<LicenseCandidate> m_offeredKeys; ///< read from --license-file files
    QList<QPair<QString, QByteArray>> m_keysToStore; ///< module → key that came from a file
    Error m_keychainProblem;

    OperationJournal m_journal;
    bool m_journaled = false;
    QString m_currentModule;
    QPointer<FetchJob> m_fetch;
    qint64 m_progressTotal = 1;
};

} // namespace ms
