#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

/// A problem to show a user: a complete sentence, and where in which file it was found.
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    QString message;
    QString file;   ///< the file concerned, empty when none
    int line = 0;   ///< 1-based line in that file, 0 when not about a line
    QString column; ///< column header, empty when not about a column

    Error() = default;
    explicit Error(QString text) : message(std::move(text)) {}
    Error(QString text, QString fileName, int lineNumber = 0, QString columnName = {})
        : message(std::move(text))
        , file(std::move(fileName))
        , line(lineNumber)
        , column(std::move(columnName))
    {}

    /// "fil.csv, rad 4, kolumn ”Kommun”: message" — what the user reads.
    QString toString() const;
};

/// A value or the Error that prevented it; errors travel as values up to the view.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value, so that `for (x : f().value())` never iterates a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};
