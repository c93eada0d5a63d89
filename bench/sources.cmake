# Benchmarks and their tools (DESIGN.md: fixed inputs; they print numbers and never
# fail on time). Included by bench/CMakeLists.txt.

# Synthetic project generator, reused by every benchmark that needs a large model.
schemata_library(NAME synth
  SOURCES synth/syntheticproject.h synth/syntheticproject.cpp
  DEPENDS schemata_document)
target_include_directories(schemata_synth PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})

add_executable(schemata-synth synth/main.cpp)
target_link_libraries(schemata-synth PRIVATE schemata_synth)
schemata_apply_defaults(schemata-synth)

# Size, validity, round trip and determinism of the generator.
schemata_test(NAME tst_syntheticproject SOURCES synth/tst_syntheticproject.cpp
  DEPENDS schemata_synth LABELS unit)

# The foundation benchmark: load, save, validation, DDL per dialect, peak RSS.
add_executable(bench_foundation foundation/bench_foundation.cpp)
target_link_libraries(bench_foundation PRIVATE schemata_synth schemata_dialect)
schemata_apply_defaults(bench_foundation)
# A small run as a test: proves the benchmark still works end to end (it exits 1 when
# a load does not reproduce the document or the model does not validate).
add_test(NAME bench_foundation_smoke
  COMMAND bench_foundation --tables 60 --columns 600 --fks 90 --runs 1)
set_tests_properties(bench_foundation_smoke PROPERTIES LABELS unit)

# The diagram benchmark (engineer F): geometry, painted frames, auto-layout. Needs Qt Gui.
if(TARGET schemata_diagram)
  add_executable(bench_diagram diagram/bench_diagram.cpp)
  target_link_libraries(bench_diagram PRIVATE schemata_synth schemata_diagram)
  schemata_apply_defaults(bench_diagram)
  add_test(NAME bench_diagram_smoke
    COMMAND bench_diagram --tables 60 --columns 600 --fks 90 --runs 1 --layout-sizes 40)
  set_tests_properties(bench_diagram_smoke PROPERTIES LABELS unit ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()

# The studio benchmark: open to first painted frame, dragging 50 tables and peak memory in
# the real widgets (offscreen).
if(TARGET schemata_widgets)
  add_executable(bench_studio diagram/bench_studio.cpp)
  target_link_libraries(bench_studio PRIVATE schemata_synth schemata_widgets)
  schemata_apply_defaults(bench_studio)
  add_test(NAME bench_studio_smoke
    COMMAND bench_studio --tables 60 --columns 600 --fks 90 --steps 5)
  set_tests_properties(bench_studio_smoke PROPERTIES LABELS gui ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()

# The migration benchmark: diff two 2,000-table models (5% of tables edited) by id and by
# name, plan + render per dialect.
add_executable(bench_migrate migrate/bench_migrate.cpp)
target_link_libraries(bench_migrate PRIVATE schemata_synth schemata_migrate)
schemata_apply_defaults(bench_migrate)
add_test(NAME bench_migrate_smoke
  COMMAND bench_migrate --tables 80 --columns 800 --fks 120 --runs 1 --stride 8)
set_tests_properties(bench_migrate_smoke PROPERTIES LABELS unit)

# The verification benchmark: a fixed 50-migration history verified on embedded SQLite
# (issue 4 target ≤ 5 s).
add_executable(bench_verify migrate/bench_verify.cpp)
target_link_libraries(bench_verify PRIVATE schemata_connect schemata_migrate)
target_include_directories(bench_verify PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
schemata_apply_defaults(bench_verify)
add_test(NAME bench_verify_smoke COMMAND bench_verify --migrations 10 --runs 1)
set_tests_properties(bench_verify_smoke PROPERTIES LABELS unit)

# The import benchmark (issue 5): a 1,000-table PostgreSQL database on the engine fixture,
# imported in-process and through the CLI, and by pgmodeler-cli --import-db in the same run.
if(TARGET schemata_enginefixtures)
  add_executable(bench_import import/bench_import.cpp)
  target_include_directories(bench_import PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(bench_import PRIVATE schemata_enginefixtures)
  schemata_apply_defaults(bench_import)
  add_dependencies(bench_import schemata)
  # In a GUI build it also lays the imported diagram out as the CLI does (Graphviz).
  if(TARGET schemata_diagram)
    target_link_libraries(bench_import PRIVATE schemata_diagram Qt6::Gui)
    target_compile_definitions(bench_import PRIVATE SCHEMATA_HAVE_DIAGRAM)
  endif()
endif()
