#include "fuzzinput.h"

#include "domain/checkindefinition.h"

#include <set>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using tend::fuzz::expect;
    return tend::fuzz::parseExpecting<tend::DataFileError>(data, size, [](std::string_view text) {
        const auto definition = tend::parseCheckinDefinition(text);
        std::set<std::string> ids;
        for (const auto& item : definition.items) {
            expect(ids.insert(item.id).second, "item ids are unique");
            expect(definition.find(item.id) == &item, "find() returns the item with that id");
            expect(item.scale.min < item.scale.max, "a scale runs upwards");
            if (item.kind == tend::ItemKind::Rating)
                expect(item.scale.labels.size() ==
                           static_cast<std::size_t>(item.scale.max - item.scale.min) + 1,
                       "a rating item has one label per point");
        }
    });
}
