# The warning set of the project's own targets (never exported), after
# cmake_template's GCC set plus -Wsign-conversion.
add_library(careergraph_warnings INTERFACE)
target_compile_options(careergraph_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual -Wnull-dereference
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough>
  $<$<CXX_COMPILER_ID:GNU>:-Wmisleading-indentation -Wduplicated-cond -Wlogical-op>)
if(CAREERGRAPH_WARNINGS_AS_ERRORS)
  target_compile_options(careergraph_warnings INTERFACE -Werror)
endif()
