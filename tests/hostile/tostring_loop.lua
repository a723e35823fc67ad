-- hostile: __tostring that loops, called from C
-- stage: load
-- expect: instruction budget
local s = tostring(setmetatable({}, { __tostring = function() while true do end end })) -- <<<
