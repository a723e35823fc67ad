-- hostile: add __gc after setmetatable (Lua ignores it; closing must not hang)
-- stage: load
-- expect: declares no scenario
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
