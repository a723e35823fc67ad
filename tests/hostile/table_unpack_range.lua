-- hostile: table.unpack over 10^8 slots
-- stage: load
-- expect: instruction budget
local a, b = table.unpack({}, 1, 100000000) -- <<<
