-- hostile: recurse through __index metamethods
-- stage: load
-- expect: stack overflow
local t = setmetatable({}, { __index = function(t, k) return t[k] end }) -- <<<
local x = t.a
