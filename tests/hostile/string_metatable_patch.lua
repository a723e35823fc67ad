-- hostile: patch the string library through getmetatable('')
-- stage: load
-- expect: boolean value
getmetatable("").__index.upper = function() end -- <<<
