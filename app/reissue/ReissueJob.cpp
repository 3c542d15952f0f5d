#include "reissue/ReissueJob.h"

#include "journal/JournalRecorder.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<ReissueJob::Step, const char *>, 8> kNames{{
    {ReissueJob::Step::Started, "started"},
    {ReissueJob::Step::Created, "created"},
    {ReissueJob::Step::Prepared, "prepared"},
    {ReissueJob::Step::SecretShown, "secret-shown"},
    {ReissueJob::Step::CuttingOver, "cutting-over"},
    {ReissueJob::Step::CutOver, "cut-over"},
    {ReissueJob::Step::Done, "done"},
    {ReissueJob::Step::Cancelled, "cancelled"},
}};

constexpr auto kIdPrefix = "reissue";

}  // namespace

QString ReissueJob::makeId()
{
    return JournalRecorder::newBulkJobId(QLatin1String(kIdPrefix));
}

bool ReissueJob::isJobId(const QString &bulkJobId)
{
    return bulkJobId.startsWith(QLatin1String(kIdPrefix) + u'-');
}

QString ReissueJob::stepName(Step step)
{
    for (const auto &[s, name] : kNames) {
        if (s == step)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ReissueJob::Step> ReissueJob::stepFromName(const QString &name)
{
    for (const auto &[s, n] : kNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}
