-- hostile: reach the registry through debug
-- stage: load
-- expect: global 'debug'
local r = debug.getregistry() -- <<<
