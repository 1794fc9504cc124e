#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Bad arguments to planner_questions get exit status 2 and a message naming
# what is wrong. Usage: check_arguments.sh path/to/planner_questions
set -uo pipefail
exe=${1:?usage: check_arguments.sh path/to/planner_questions}
failures=0
expect() {  # expect "message fragment" command...
    local want=$1; shift
    local out status
    out=$("$@" 2>&1 >/dev/null); status=$?
    if [[ $status -ne 2 || $out != *"$want"* ]]; then
        echo "FAIL: $* -> status $status, stderr: $out (wanted status 2 and '$want')"
        failures=$((failures + 1))
    fi
}
expect "objective must be 0, 1 or 2, not '3'" "$exe" 3
expect "objective must be 0, 1 or 2, not 'x'" "$exe" x
expect "label budget must be a whole number >= 1, not '0'" "$exe" 0 0
expect "label budget must be a whole number >= 1, not '-5'" "$exe" 0 -5
expect "question must be 0..399, not '400'" "$exe" 0 1000 400
expect "question must be 0..399, not '9x'" "$exe" 0 1000 9x
expect "too many arguments" "$exe" 0 1000 9 9
expect "REPS must be a whole number >= 1" env REPS=0 "$exe" 0 1000 9
expect "FEEDERS must be a percent, 0..100" env FEEDERS=101 "$exe" 0 1000 9
expect "PEOPLE must be a whole number, 1..100000" env PEOPLE=0 "$exe" 0 1000 9
expect "PEOPLE must be a whole number, 1..100000" env PEOPLE=many "$exe" 0 1000 9
expect "question must be 0..19, not '20'" env PEOPLE=20 "$exe" 0 1000 20
# And a good call still answers.
"$exe" 0 300000 68 | grep -q 'question\|expanded=' || { echo "FAIL: a good call gave no answer"; failures=$((failures + 1)); }
if [[ $failures -eq 0 ]]; then echo "all argument checks passed"; fi
exit $((failures > 0))
