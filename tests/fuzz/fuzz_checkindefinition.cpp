#include "fuzzinput.h"

#include "domain/checkindefinition.h"

#include <set>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using tend::fuzz::expect;
    return tend::fuzz::parseExpecting<tend::DataFileError>(data, size, [](std::string_view text) {
        const auto definition = tend::parseCheckinDefinition(text);
        expect(!definition.items.empty(), "at least one item is asked");
        std::set<std::string> ids;
        for (const auto* item : definition.allItems()) {
            expect(ids.insert(item->id).second, "item ids are unique, retired ones included");
            expect(definition.find(item->id) == item, "find() returns the item with that id");
            expect(item->scale.min < item->scale.max, "a scale runs upwards");
            if (item->kind == tend::ItemKind::Rating)
                expect(item->scale.labels.size() ==
                           static_cast<std::size_t>(item->scale.max - item->scale.min) + 1,
                       "a rating item has one label per point");
            expect(!item->retired || !item->enabledByDefault, "a retired item is never tracked by default");
        }
        for (const auto& item : definition.items)
            expect(!item.retired, "the asked items hold no retired one");
        for (const auto& item : definition.retiredItems)
            expect(item.retired, "the retired items are all retired");
        // Asked on a day off: every tracked item except the work ones, retired ones never.
        for (const bool dayOff : {false, true})
            for (const auto* item : definition.itemsToAsk(ids, dayOff))
                expect(!item->retired && !(dayOff && item->work), "only askable items are asked");
        expect(definition.itemsToAsk(ids, false).size() == definition.items.size(),
               "on a working day every tracked item is asked");
    });
}
