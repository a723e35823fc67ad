-- hostile: overwrite the API functions
-- stage: load
-- expect: global 'scenario'
scenario = nil
node = function() end
scenario { id = "x" } -- <<<
