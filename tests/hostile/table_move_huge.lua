-- hostile: table.move over 2^50 slots (runs in C)
-- stage: load
-- expect: field 'move'
table.move({}, 1, 2^50, 1, {}) -- <<<
