#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ms {

/// Reads a whole small file in one go, for the site readers: one open, one fstat, one read
/// when the file does not change meanwhile. A scan reads thousands of these, so it avoids
/// QFile's extra calls.
class FileContent
{
    Q_DECLARE_TR_FUNCTIONS(FileContent)

public:
    /// The bytes of @p path. Fails with NotFound when it does not exist, Io when it cannot
    /// be read or is not a regular file, Unsupported when it is larger than @p maxSize.
    /// The error's subject is the path.
    [[nodiscard]] static Result<QByteArray> read(const QString& path, qsizetype maxSize);
};

} // namespace ms
