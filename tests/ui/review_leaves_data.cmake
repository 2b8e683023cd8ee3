# Review modes pointed at a worker's folder change nothing in it: a folder is filled by importing a small
# export, every file in it is fingerprinted, --self-test (which saves a check-in, sets a PIN, locks and
# unlocks) and --screenshot run with --data-dir on it, and every fingerprint must be unchanged.
# Run with: cmake -DTEND=<tend> -DEXPORT=<file.json> -DWORK=<scratch folder> -P review_leaves_data.cmake
file(REMOVE_RECURSE "${WORK}")
set(data "${WORK}/data")

function(run_tend)
    execute_process(COMMAND "${TEND}" ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "tend ${ARGN} failed (${result}):\n${out}\n${err}")
    endif()
endfunction()

function(fingerprint folder out_var)
    file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${folder}" "${folder}/*")
    list(SORT files)
    set(prints "")
    foreach(name IN LISTS files)
        file(SHA256 "${folder}/${name}" hash)
        list(APPEND prints "${name}=${hash}")
    endforeach()
    set(${out_var} "${prints}" PARENT_SCOPE)
endfunction()

run_tend(--data-dir "${data}" import "${EXPORT}")
fingerprint("${data}" before)
if(NOT before MATCHES "tend.db=")
    message(FATAL_ERROR "the import wrote no database: ${before}")
endif()

run_tend(--data-dir "${data}" --self-test)
fingerprint("${data}" after_self_test)
if(NOT before STREQUAL after_self_test)
    message(FATAL_ERROR "--self-test changed the folder:\nbefore: ${before}\nafter:  ${after_self_test}")
endif()

run_tend(--data-dir "${data}" --today 2026-11-27 --screenshot "${WORK}/shots")
fingerprint("${data}" after_screenshots)
if(NOT before STREQUAL after_screenshots)
    message(FATAL_ERROR "--screenshot changed the folder:\nbefore: ${before}\nafter:  ${after_screenshots}")
endif()
file(REMOVE_RECURSE "${WORK}")
