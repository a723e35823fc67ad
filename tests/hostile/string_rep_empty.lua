-- hostile: string.rep of an empty string a billion times (runs in C)
-- stage: load
-- expect: declares no scenario
local s = string.rep("", 1e9)
local t = string.rep("", 1e9, "") -- both must return at once
