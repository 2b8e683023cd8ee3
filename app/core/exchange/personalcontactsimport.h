#pragma once

#include "domain/personalcontact.h"
#include "exchange/importpreview.h"

#include <vector>

namespace tend {

class PersonalContactRepository;

// The import of the "personal_contacts" section, one step of its own beside the other sections' (see
// importplan.cpp), so that it can be read and changed on its own.
//
// Merge adds each contact of the file that the device does not have yet (the same kind, name, phone and
// text number: PersonalContact::sameContactAs; each device contact answers for one file contact), at the
// end of the list in the file's order, and never removes or changes one. Replace makes the list exactly the
// file's, ids and order included.

// What importing `file` over `local` would change. Merge throws DataFileError when the contacts added would
// pass PersonalContactRepository::maxContacts.
[[nodiscard]] ImportCounts planPersonalContactsImport(const std::vector<PersonalContact>& local,
                                                      const std::vector<PersonalContact>& file,
                                                      ImportMode mode);

// Carries the step out inside the caller's transaction. Throws like planPersonalContactsImport, or
// StorageError.
void applyPersonalContactsImport(PersonalContactRepository& repository,
                                 const std::vector<PersonalContact>& file, ImportMode mode);

} // namespace tend
