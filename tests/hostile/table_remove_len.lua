-- hostile: table.remove on a table whose __len claims 2^63 slots (the shift runs in C)
-- stage: load
-- expect: instruction budget
table.remove(setmetatable({}, {__len = function() return math.maxinteger end}), 1) -- <<<
