#pragma once

#include "StoreSuite.h"

/// SiteRepository on a backend: scans inserted, updated in place, marked missing and back,
/// title overrides, domains and plugins, removal, ports.
class SiteRepositorySuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void startsEmpty();
    void scanInsertsNewSites();
    void domainsAndPluginsRoundTrip();
    void rescanUpdatesInPlace();
    void unchangedRescanOnlyMovesLastSeen();
    void absentSitesAreMarkedMissing();
    void missingSiteTakesItsScannedStatusWhenItReappears();
    void titleOverrideSurvivesRescan();
    void duplicateNamesAreRefusedAndNothingIsWritten();
    void removeTakesDomainsAndPluginsAlong();
    void unknownSitesAreNotFound();
    void updatePortRecordsWhereItCameFrom();
};
