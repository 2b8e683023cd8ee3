#include "exchange/personalcontactsimport.h"

#include "formats/datafileerror.h"
#include "storage/personalcontactrepository.h"

#include <string>

namespace tend {

namespace {

// The file's contacts that the device has no same contact for, in the file's order.
std::vector<const PersonalContact*> missingOnDevice(const std::vector<PersonalContact>& local,
                                                    const std::vector<PersonalContact>& file) {
    std::vector<bool> used(local.size(), false);
    std::vector<const PersonalContact*> missing;
    for (const auto& contact : file) {
        bool found = false;
        for (std::size_t i = 0; i < local.size() && !found; ++i)
            if (!used[i] && local[i].sameContactAs(contact))
                used[i] = found = true;
        if (!found)
            missing.push_back(&contact);
    }
    return missing;
}

void requireRoom(std::size_t local, std::size_t added) {
    if (local + added > PersonalContactRepository::maxContacts)
        throw DataFileError("personal_contacts",
                            std::string("merging would give ")
                                .append(std::to_string(local + added))
                                .append(" personal contacts, and Tend keeps at most ")
                                .append(std::to_string(PersonalContactRepository::maxContacts))
                                .append("; remove some first, or replace them with the file's"));
}

} // namespace

ImportCounts planPersonalContactsImport(const std::vector<PersonalContact>& local,
                                        const std::vector<PersonalContact>& file, ImportMode mode) {
    ImportCounts counts;
    if (mode == ImportMode::Merge) {
        counts.added = static_cast<int>(missingOnDevice(local, file).size());
        counts.unchanged = static_cast<int>(file.size()) - counts.added;
        requireRoom(local.size(), static_cast<std::size_t>(counts.added));
        return counts;
    }
    // Replace: a contact stays unchanged only when everything about it, id and place included, is the same.
    std::vector<bool> kept(local.size(), false);
    for (const auto& contact : file) {
        bool found = false;
        for (std::size_t i = 0; i < local.size() && !found; ++i)
            if (!kept[i] && local[i] == contact)
                kept[i] = found = true;
        ++(found ? counts.unchanged : counts.added);
    }
    counts.removed = static_cast<int>(local.size()) - counts.unchanged;
    return counts;
}

void applyPersonalContactsImport(PersonalContactRepository& repository,
                                 const std::vector<PersonalContact>& file, ImportMode mode) {
    if (mode == ImportMode::Replace) {
        repository.replaceAll(file);
        return;
    }
    const auto local = repository.all();
    const auto missing = missingOnDevice(local, file);
    requireRoom(local.size(), missing.size());
    for (const auto* contact : missing)
        static_cast<void>(repository.add(*contact));
}

} // namespace tend
