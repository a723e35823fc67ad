-- hostile: compile code at run time
-- stage: load
-- expect: global 'load'
local f = load("return 1") -- <<<
