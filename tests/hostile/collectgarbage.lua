-- hostile: drive the collector
-- stage: load
-- expect: global 'collectgarbage'
collectgarbage("stop") -- <<<
