#pragma once

#include "StoreSuite.h"

/// SettingsRepository on a backend.
class SettingsRepositorySuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void setReplaceAndRead();
    void fallbackOnlyForAbsentKeys();
    void removeIsIdempotent();
    void emptyKeyIsRefused();
};
