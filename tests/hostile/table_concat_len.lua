-- hostile: table.concat over a length of 2^63 from __len
-- stage: load
-- expect: instruction budget
local t = setmetatable({}, {__len = function() return math.maxinteger end, __index = function() return "" end})
print(table.concat(t)) -- <<<
