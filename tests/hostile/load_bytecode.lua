-- hostile: load precompiled bytecode
-- stage: load
-- expect: global 'load'
local f = load("\27Lua\84\0", "x", "b") -- <<<
