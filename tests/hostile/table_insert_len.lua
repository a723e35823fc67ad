-- hostile: table.insert at position 1 of a table whose __len claims 2^63 - 1 slots
-- stage: load
-- expect: instruction budget
table.insert(setmetatable({}, {__len = function() return math.maxinteger - 1 end}), 1, "x") -- <<<
