#pragma once

#include "core/Error.h"

#include <utility>
#include <variant>

namespace ms {

/// Either a value or an Error — the engine never throws across an API boundary.
///
///     Result<Version> v = Version::parse(text);
///     if (!v)
///         return v.error();
///     use(*v);
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T& value) : m_data(value) {}
    Result(T&& value) : m_data(std::move(value)) {}
    Result(const Error& error) : m_data(error) {}
    Result(Error&& error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    /// The error; an Error with code None when the result holds a value.
    const Error& error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations with nothing to return.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error& error) : m_error(error) {}
    Result(Error&& error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

using Status = Result<void>;

} // namespace ms
