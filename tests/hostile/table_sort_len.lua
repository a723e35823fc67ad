-- hostile: table.sort of a table whose __len claims 2^31 slots
-- stage: load
-- expect: instruction budget
table.sort(setmetatable({}, {__len = function() return (1 << 31) - 2 end})) -- <<<
