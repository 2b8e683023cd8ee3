#pragma once

// Builds backup files by hand from the layout in docs/backup-format.md, with libsodium and zlib directly
// instead of through tend_core, so the tests check the documented format and can make files that Tend
// itself never writes (a decompression bomb, unusual tags) under a valid key.

#include <sodium.h>
#include <zlib.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tend::test {

inline constexpr std::uint64_t forgedOpsLimit = crypto_pwhash_argon2id_OPSLIMIT_MIN;
inline constexpr std::size_t forgedMemLimit = crypto_pwhash_argon2id_MEMLIMIT_MIN;

struct ForgedChunk {
    std::string plain;
    unsigned char tag = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
};

template <typename Unsigned> void appendLe(std::string& out, Unsigned value) {
    for (std::size_t i = 0; i < sizeof(Unsigned); ++i)
        out.push_back(static_cast<char>(static_cast<unsigned char>(value >> (8 * i))));
}

// A backup whose chunks hold exactly `chunks`, sealed under `passphrase` with the smallest Argon2id cost.
inline std::string forgeBackup(const std::vector<ForgedChunk>& chunks, std::string_view passphrase) {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium did not start");
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, passphrase.data(), passphrase.size(), salt, forgedOpsLimit,
                      forgedMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("crypto_pwhash failed");
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key);

    std::string file("TENDBKUP");
    appendLe<std::uint16_t>(file, 1);
    appendLe<std::uint16_t>(file, crypto_pwhash_ALG_ARGON2ID13);
    appendLe<std::uint64_t>(file, forgedOpsLimit);
    appendLe<std::uint64_t>(file, forgedMemLimit);
    file.append(reinterpret_cast<const char*>(salt), sizeof salt);
    file.append(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader);
    const std::string header = file;

    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const auto& chunk = chunks[i];
        std::vector<unsigned char> sealed(chunk.plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, sealed.data(), &sealedLength, reinterpret_cast<const unsigned char*>(chunk.plain.data()),
            chunk.plain.size(), i == 0 ? reinterpret_cast<const unsigned char*>(header.data()) : nullptr,
            i == 0 ? header.size() : 0, chunk.tag);
        appendLe<std::uint32_t>(file, static_cast<std::uint32_t>(sealedLength));
        file.append(reinterpret_cast<const char*>(sealed.data()), sealedLength);
    }
    return file;
}

// `data` split into 64 KiB chunks, the last one marked final, as Tend writes them.
inline std::vector<ForgedChunk> asChunks(std::string_view data) {
    std::vector<ForgedChunk> chunks;
    for (std::size_t at = 0; at < data.size(); at += 64 * 1024)
        chunks.push_back({std::string(data.substr(at, 64 * 1024))});
    chunks.back().tag = crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return chunks;
}

inline std::string zlibCompress(std::string_view data) {
    uLongf length = compressBound(static_cast<uLong>(data.size()));
    std::string out(length, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &length, reinterpret_cast<const Bytef*>(data.data()),
                  static_cast<uLong>(data.size()), Z_BEST_COMPRESSION) != Z_OK)
        throw std::runtime_error("compress2 failed");
    out.resize(length);
    return out;
}

// Raw deflate data for `count` zeros from a fresh stream, ending with `flush`.
inline std::string rawDeflateZeros(std::size_t count, int flush) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    const std::string zeros(count, '\0');
    std::string out(deflateBound(&stream, static_cast<uLong>(count)) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
    stream.avail_in = static_cast<uInt>(zeros.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, flush);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (rc != (flush == Z_FINISH ? Z_STREAM_END : Z_OK) || stream.avail_in != 0)
        throw std::runtime_error("deflate failed");
    return out;
}

// A zlib stream of `count` zero bytes (a decompression bomb when large). A full flush ends a piece of
// deflate data on a byte boundary with no reference to what came before, so one compressed MiB of zeros
// repeated is valid data for many MiB, built in milliseconds instead of compressing it all.
inline std::string zlibZeros(std::size_t count) {
    constexpr std::size_t piece = 1024 * 1024;
    const std::string repeated = rawDeflateZeros(piece, Z_FULL_FLUSH);
    std::string out("\x78\xda", 2); // zlib header: deflate, 32 KiB window, best compression
    uLong checksum = adler32(0L, Z_NULL, 0);
    const std::string zeros(piece, '\0');
    for (std::size_t i = 0; i < count / piece; ++i) {
        out += repeated;
        checksum = adler32(checksum, reinterpret_cast<const Bytef*>(zeros.data()), static_cast<uInt>(piece));
    }
    out += rawDeflateZeros(count % piece, Z_FINISH);
    checksum =
        adler32(checksum, reinterpret_cast<const Bytef*>(zeros.data()), static_cast<uInt>(count % piece));
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((checksum >> shift) & 0xffu));
    return out;
}

} // namespace tend::test
