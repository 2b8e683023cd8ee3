#include "insights/indexdefinition.h"

#include <QTest>

using tend::IndexBand;
using tend::IndexId;

class TestIndexDefinition final : public QObject {
    Q_OBJECT

private slots:
    void keysNamesAndPolarity_data() {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("higherIsWorse");
        QTest::newRow("sts") << int(IndexId::StsLoad) << "sts_load"
                             << "secondary traumatic stress" << true;
        QTest::newRow("burnout") << int(IndexId::Burnout) << "burnout"
                                 << "burnout" << true;
        QTest::newRow("wellbeing") << int(IndexId::Wellbeing) << "wellbeing"
                                   << "wellbeing" << false;
        QTest::newRow("cs") << int(IndexId::CompassionSatisfaction) << "compassion_satisfaction"
                            << "compassion satisfaction" << false;
        QTest::newRow("exposure") << int(IndexId::ExposureLoad) << "exposure_load"
                                  << "exposure" << true;
    }

    void keysNamesAndPolarity() {
        QFETCH(int, id);
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(bool, higherIsWorse);
        const auto& definition = tend::indexDefinition(IndexId(id));
        QCOMPARE(int(definition.id), id);
        QCOMPARE(QString::fromUtf8(definition.key.data(), qsizetype(definition.key.size())), key);
        QCOMPARE(QString::fromUtf8(definition.displayName.data(), qsizetype(definition.displayName.size())),
                 name);
        QCOMPARE(definition.polarity == tend::Polarity::HigherIsWorse, higherIsWorse);
        QCOMPARE(tend::indexFromKey(key.toStdString()), std::optional<IndexId>(IndexId(id)));
    }

    void unknownKeysAreRefused() {
        QVERIFY(!tend::indexFromKey("sts").has_value());
        QVERIFY(!tend::indexFromKey("").has_value());
        QVERIFY(!tend::indexFromKey("Burnout").has_value());
    }

    void indicesDrawFromGroups() {
        using tend::ItemGroup;
        const auto& sts = tend::indexDefinition(IndexId::StsLoad);
        QVERIFY((sts.groups == std::vector<ItemGroup>{ItemGroup::StsIntrusion, ItemGroup::StsAvoidance,
                                                      ItemGroup::StsArousal, ItemGroup::StsNumbing}));
        QVERIFY(sts.clustersWeighAlike);
        QVERIFY(
            (tend::indexDefinition(IndexId::Burnout).groups == std::vector<ItemGroup>{ItemGroup::Burnout}));
        QVERIFY((tend::indexDefinition(IndexId::Wellbeing).groups ==
                 std::vector<ItemGroup>{ItemGroup::Wellbeing}));
        QVERIFY((tend::indexDefinition(IndexId::CompassionSatisfaction).groups ==
                 std::vector<ItemGroup>{ItemGroup::CompassionSatisfaction}));
        const auto& exposure = tend::indexDefinition(IndexId::ExposureLoad);
        QVERIFY((exposure.groups == std::vector<ItemGroup>{ItemGroup::Exposure}));
        QVERIFY(exposure.countsHardMoments);
        QVERIFY(exposure.fades);
        for (const auto id : {IndexId::Burnout, IndexId::Wellbeing, IndexId::CompassionSatisfaction}) {
            QVERIFY(!tend::indexDefinition(id).clustersWeighAlike);
            QVERIFY(!tend::indexDefinition(id).countsHardMoments);
            QVERIFY(!tend::indexDefinition(id).fades);
        }
    }

    void strainBandsAtTheirEdges() {
        for (const auto id : {IndexId::StsLoad, IndexId::Burnout, IndexId::ExposureLoad}) {
            QCOMPARE(tend::indexBand(id, 0.0), IndexBand::Low);
            QCOMPARE(tend::indexBand(id, 29.99), IndexBand::Low);
            QCOMPARE(tend::indexBand(id, 30.0), IndexBand::Moderate);
            QCOMPARE(tend::indexBand(id, 59.99), IndexBand::Moderate);
            QCOMPARE(tend::indexBand(id, 60.0), IndexBand::High);
            QCOMPARE(tend::indexBand(id, 100.0), IndexBand::High);
            QCOMPARE(tend::concernBand(id), IndexBand::High);
            QVERIFY(!tend::inConcernBand(id, 59.99));
            QVERIFY(tend::inConcernBand(id, 60.0));
        }
    }

    void higherIsBetterBandsAtTheirEdges() {
        for (const auto id : {IndexId::Wellbeing, IndexId::CompassionSatisfaction}) {
            QCOMPARE(tend::indexBand(id, 0.0), IndexBand::Low);
            QCOMPARE(tend::indexBand(id, 39.99), IndexBand::Low);
            QCOMPARE(tend::indexBand(id, 40.0), IndexBand::Moderate);
            QCOMPARE(tend::indexBand(id, 69.99), IndexBand::Moderate);
            QCOMPARE(tend::indexBand(id, 70.0), IndexBand::Good);
            QCOMPARE(tend::concernBand(id), IndexBand::Low);
            QVERIFY(tend::inConcernBand(id, 39.99));
            QVERIFY(!tend::inConcernBand(id, 40.0));
            QVERIFY(!tend::inConcernBand(id, 100.0));
        }
    }

    void bandKeys() {
        QCOMPARE(tend::indexBandKey(IndexBand::Low), std::string_view("low"));
        QCOMPARE(tend::indexBandKey(IndexBand::Moderate), std::string_view("moderate"));
        QCOMPARE(tend::indexBandKey(IndexBand::High), std::string_view("high"));
        QCOMPARE(tend::indexBandKey(IndexBand::Good), std::string_view("good"));
    }
};

QTEST_GUILESS_MAIN(TestIndexDefinition)
#include "tst_indexdefinition.moc"
