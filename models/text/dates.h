#pragma once

#include <QString>

#include <optional>

/// Dates as Swedish forms and spreadsheets write them.
namespace Dates {

/// "2026-05-12", "2026-05-12 14:30", "2026-05-12T14:30:00Z", "12 maj 2026", "12/5/2026",
/// "12.5.2026", "20260512" → ISO 8601 ("2026-05-12" or "2026-05-12T14:30").
/// std::nullopt when the text is not a valid date.
std::optional<QString> parse(const QString &text);

} // namespace Dates
