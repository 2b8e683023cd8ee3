#include "security/pinhash.h"

#include <sodium.h>

#include <array>

namespace tend {

namespace {

void initialiseSodium() {
    if (sodium_init() < 0)
        throw PinHashError("libsodium could not be initialised");
}

// libsodium reads hash strings as C strings of bounded length: copy into a terminated buffer, and refuse
// anything longer than a hash can be.
bool toHashBuffer(std::string_view hash, std::array<char, crypto_pwhash_STRBYTES>& buffer) {
    if (hash.empty() || hash.size() >= buffer.size() || hash.find('\0') != std::string_view::npos)
        return false;
    buffer.fill('\0');
    hash.copy(buffer.data(), hash.size());
    return true;
}

} // namespace

PinHashCost PinHashCost::interactive() {
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

PinHashCost PinHashCost::minimal() {
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

std::string hashPin(std::string_view pin, PinHashCost cost) {
    initialiseSodium();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), pin.data(), pin.size(), cost.opsLimit, cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw PinHashError("not enough memory to protect the PIN");
    return std::string(out.data());
}

bool verifyPin(std::string_view hash, std::string_view pin) {
    initialiseSodium();
    std::array<char, crypto_pwhash_STRBYTES> buffer{};
    if (!toHashBuffer(hash, buffer))
        return false;
    return crypto_pwhash_str_verify(buffer.data(), pin.data(), pin.size()) == 0;
}

bool pinHashNeedsRehash(std::string_view hash, PinHashCost cost) {
    initialiseSodium();
    std::array<char, crypto_pwhash_STRBYTES> buffer{};
    if (!toHashBuffer(hash, buffer))
        return true;
    // Only Argon2id counts as current: an Argon2i string would pass libsodium's generic check.
    if (hash.substr(0, sizeof crypto_pwhash_argon2id_STRPREFIX - 1) != crypto_pwhash_argon2id_STRPREFIX)
        return true;
    return crypto_pwhash_argon2id_str_needs_rehash(buffer.data(), cost.opsLimit, cost.memLimit) != 0;
}

} // namespace tend
