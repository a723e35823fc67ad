-- hostile: a plain find of a 512 KiB needle in a 1 MiB text, ten times (quadratic in Lua itself)
-- stage: load
-- expect: instruction budget
local hay = string.rep("a", 1 << 20)
local needle = string.rep("a", 1 << 19) .. "b"
for i = 1, 10 do local found = hay:find(needle, 1, true) end -- <<<
