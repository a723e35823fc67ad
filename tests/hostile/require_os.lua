-- hostile: require a module
-- stage: load
-- expect: global 'require'
local os = require("os") -- <<<
