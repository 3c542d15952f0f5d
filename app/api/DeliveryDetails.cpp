#include "api/DeliveryDetails.h"

#include <QPointer>

#include <memory>

namespace DeliveryDetails {

void fetch(ApiClient *client, qint64 subscriptionId, const DeliveryList &deliveries, RequestOptions options,
           QObject *context, ApiClient::Callback<DeliveryList> done)
{
    if (deliveries.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done(ApiResult<DeliveryList>::success({})); }, Qt::QueuedConnection);
        return;
    }
    struct State
    {
        DeliveryList details;
        QList<RequestId> requests;
        qsizetype outstanding = 0;
        bool over = false;
    };
    auto state = std::make_shared<State>();
    state->details = deliveries;
    state->outstanding = deliveries.size();
    QPointer<ApiClient> api(client);
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        state->requests << client->getDelivery(subscriptionId, deliveries[i].id, options, context,
                                               [state, api, i, done](const ApiResult<Delivery> &result) {
                                                   if (state->over)
                                                       return;
                                                   if (!result.ok()) {
                                                       state->over = true;
                                                       if (api) {
                                                           for (RequestId id : std::as_const(state->requests))
                                                               api->cancel(id);
                                                       }
                                                       return done(ApiResult<DeliveryList>::from(result));
                                                   }
                                                   state->details[i] = *result;
                                                   if (--state->outstanding == 0) {
                                                       state->over = true;
                                                       done(
                                                           ApiResult<DeliveryList>::success(std::move(state->details)));
                                                   }
                                               });
    }
}

}  // namespace DeliveryDetails
