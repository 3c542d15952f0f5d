#include "journal/JournalCodec.h"

#include <QJsonArray>
#include <QTest>

class TestJournalCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toggleBody();
    void editKeepsOnlyChangedFieldsAndNulls();
    void createRoundTrip();
    void deleteHasNoBody();
    void updateIsAToggleOnlyForEnabledAlone()
    {
        SubscriptionPatch patch;
        patch.enabled = false;
        QCOMPARE(JournalCodec::update(7, patch, QStringLiteral("job")),
                 JournalCodec::toggle(7, false, QStringLiteral("job")));
        patch.events = QStringList{QStringLiteral("orders.created")};
        QCOMPARE(JournalCodec::update(7, patch).kind, JournalWrite::Kind::Edit);
        QCOMPARE(JournalCodec::update(7, patch), JournalCodec::edit(7, patch));
    }
    void foreignBodiesAreRejected();
    void descriptions();
    void snapshotHoldsWhatTheUserSaw();
    void changesBeforeAndAfter();
};

void TestJournalCodec::toggleBody()
{
    const JournalWrite w = JournalCodec::toggle(12, false, QStringLiteral("job"));
    QCOMPARE(w.kind, JournalWrite::Kind::Toggle);
    QCOMPARE(w.subscriptionId, 12);
    QCOMPARE(w.bulkJobId, QStringLiteral("job"));
    QCOMPARE(w.body, (QJsonObject{{QStringLiteral("enabled"), false}}));
    const auto p = JournalCodec::patchOf(w);
    QVERIFY(p);
    QCOMPARE(p->enabled, false);
    QVERIFY(!p->url && !p->description && !p->events);
}

void TestJournalCodec::editKeepsOnlyChangedFieldsAndNulls()
{
    SubscriptionPatch patch;
    patch.description = QString();  // engaged null: clear the description
    patch.events = QStringList{QStringLiteral("order.created")};
    const JournalWrite w = JournalCodec::edit(7, patch);
    QCOMPARE(w.body.size(), 2);
    QVERIFY(w.body.value(QStringLiteral("description")).isNull());
    QVERIFY(w.body.contains(QStringLiteral("description")));
    QCOMPARE(w.body.value(QStringLiteral("events")).toArray(), QJsonArray{QStringLiteral("order.created")});
    const auto back = JournalCodec::patchOf(w);
    QVERIFY(back);
    QVERIFY(back->description && back->description->isNull());
    QCOMPARE(back->events, patch.events);
    QVERIFY(!back->url && !back->enabled);
}

void TestJournalCodec::createRoundTrip()
{
    SubscriptionDraft d;
    d.url = QStringLiteral("https://partner.example/hook");
    d.description = QStringLiteral("Orders");
    d.events = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    const JournalWrite w = JournalCodec::create(d);
    QCOMPARE(w.kind, JournalWrite::Kind::Create);
    QVERIFY(!w.subscriptionId);
    const auto back = JournalCodec::draftOf(w);
    QVERIFY(back);
    QCOMPARE(back->url, d.url);
    QCOMPARE(back->description, d.description);
    QCOMPARE(back->events, d.events);
    QVERIFY(!JournalCodec::patchOf(w));
}

void TestJournalCodec::deleteHasNoBody()
{
    const JournalWrite w = JournalCodec::remove(9);
    QCOMPARE(w.kind, JournalWrite::Kind::Delete);
    QVERIFY(w.body.isEmpty());
    QVERIFY(!JournalCodec::patchOf(w));
    QVERIFY(!JournalCodec::draftOf(w));
}

void TestJournalCodec::foreignBodiesAreRejected()
{
    JournalWrite w = JournalCodec::toggle(1, true);
    w.body.insert(QStringLiteral("api_key"), QStringLiteral("x"));
    QVERIFY(!JournalCodec::patchOf(w));
    w.body = QJsonObject{{QStringLiteral("enabled"), QStringLiteral("yes")}};
    QVERIFY(!JournalCodec::patchOf(w));
    w.body = QJsonObject{{QStringLiteral("events"), QJsonArray{1, 2}}};
    QVERIFY(!JournalCodec::patchOf(w));
    w.body = QJsonObject{};
    QVERIFY(!JournalCodec::patchOf(w));
    JournalWrite c = JournalCodec::create(SubscriptionDraft{QStringLiteral("https://x.example"), {}, {}});
    c.body.insert(QStringLiteral("url"), 5);
    QVERIFY(!JournalCodec::draftOf(c));
}

void TestJournalCodec::descriptions()
{
    QCOMPARE(JournalCodec::describe(JournalCodec::toggle(12, false)), QStringLiteral("Disable subscription 12"));
    QCOMPARE(JournalCodec::describe(JournalCodec::toggle(12, true)), QStringLiteral("Enable subscription 12"));
    QCOMPARE(JournalCodec::describe(JournalCodec::remove(3)), QStringLiteral("Delete subscription 3"));
    QVERIFY(JournalCodec::describe(JournalCodec::create(SubscriptionDraft{QStringLiteral("https://x.example"), {}, {}}))
                .contains(QStringLiteral("https://x.example")));
    JournalEntry e;
    e.write = JournalCodec::create(SubscriptionDraft{QStringLiteral("https://x.example"), {}, {}});
    e.state = JournalEntry::State::Sent;
    QVERIFY(JournalCodec::describeState(e).contains(QStringLiteral("check on the server")));
    e.write = JournalCodec::toggle(1, true);
    QVERIFY(JournalCodec::describeState(e).contains(QStringLiteral("safe to send again")));
    e.state = JournalEntry::State::Failed;
    e.error = QStringLiteral("404");
    QVERIFY(JournalCodec::describeState(e).contains(QStringLiteral("404")));
}

void TestJournalCodec::snapshotHoldsWhatTheUserSaw()
{
    Subscription s;
    s.id = 4;
    s.url = QStringLiteral("https://a.example/hook");
    s.enabled = false;
    QJsonObject o = JournalCodec::snapshot(s);
    QCOMPARE(o.value(QStringLiteral("url")).toString(), s.url);
    QVERIFY(o.value(QStringLiteral("description")).isNull());
    QCOMPARE(o.value(QStringLiteral("enabled")), QJsonValue(false));
    QVERIFY(!o.contains(QStringLiteral("events")));  // not known: not claimed
    s.events = QStringList{QStringLiteral("order.created")};
    s.description = QStringLiteral("Shop");
    o = JournalCodec::snapshot(s);
    QCOMPARE(o.value(QStringLiteral("events")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("Shop"));
}

void TestJournalCodec::changesBeforeAndAfter()
{
    Subscription s;
    s.id = 4;
    s.url = QStringLiteral("https://a.example/hook");
    s.description = QStringLiteral("Shop");

    JournalWrite toggle = JournalCodec::toggle(4, false);
    toggle.before = JournalCodec::snapshot(s);
    QCOMPARE(JournalCodec::describeChanges(toggle), QStringLiteral("enabled: on → off"));

    SubscriptionPatch patch;
    patch.description = QString();  // cleared
    patch.url = QStringLiteral("https://b.example/hook");
    patch.events = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    JournalWrite edit = JournalCodec::edit(4, patch);
    edit.before = JournalCodec::snapshot(s);
    const QList<JournalCodec::FieldChange> changes = JournalCodec::changes(edit);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0), (JournalCodec::FieldChange{QStringLiteral("url"), s.url, *patch.url}));
    QCOMPARE(
        changes.at(1),
        (JournalCodec::FieldChange{QStringLiteral("description"), QStringLiteral("Shop"), QStringLiteral("(none)")}));
    // The API never reports events: their before is not known.
    QCOMPARE(changes.at(2),
             (JournalCodec::FieldChange{QStringLiteral("events"), QStringLiteral("?"), QStringLiteral("a, b")}));
    QCOMPARE(JournalCodec::urlOf(edit), *patch.url);

    // Without a snapshot (webhookctl) the before is "?".
    QCOMPARE(JournalCodec::describeChanges(JournalCodec::toggle(4, true)), QStringLiteral("enabled: ? → on"));

    JournalWrite removal = JournalCodec::remove(4);
    removal.before = JournalCodec::snapshot(s);
    QCOMPARE(JournalCodec::describeChanges(removal),
             QStringLiteral("url: https://a.example/hook → (deleted); description: Shop → (deleted); enabled: on → "
                            "(deleted)"));
    QCOMPARE(JournalCodec::urlOf(removal), s.url);

    // A discarded write says whether it had left: then the server may have applied it.
    JournalEntry discarded;
    discarded.write = toggle;
    discarded.state = JournalEntry::State::Discarded;
    QCOMPARE(JournalCodec::describeState(discarded), QStringLiteral("discarded, never sent"));
    discarded.sendCount = 1;
    QVERIFY(JournalCodec::describeState(discarded).contains(QStringLiteral("may have applied")));
    QCOMPARE(JournalEntry::stateFromName(QStringLiteral("discarded")), JournalEntry::State::Discarded);

    const JournalWrite create =
        JournalCodec::create(SubscriptionDraft{QStringLiteral("https://c.example/"), std::nullopt, std::nullopt});
    QCOMPARE(JournalCodec::describeChanges(create), QStringLiteral("url: – → https://c.example/"));
}

QTEST_GUILESS_MAIN(TestJournalCodec)
#include "tst_journalcodec.moc"
