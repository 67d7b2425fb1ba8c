package io.github.toolshed.chat.redis;

import io.github.toolshed.chat.broker.ChatMessage;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;

/**
 * The two Lua scripts that keep a room's stream, epoch, offsets and clientIds consistent: Redis runs each
 * atomically, so every node sees one order and one de-duplication window.
 *
 * <p>Offsets are the sequence part of explicit stream ids {@code 0-<offset>}, counted in the room's meta
 * hash. A room whose stream or meta hash is missing (first use, {@code DEL}, a Redis that restarted
 * without persistence) is re-created empty with a fresh epoch: history loss always shows as a new epoch.
 */
final class Scripts {

    private static final String ENSURE = """
            local function ensure()
              local e = redis.call('HGET', KEYS[2], 'epoch')
              if e and redis.call('EXISTS', KEYS[1]) == 1 then return e end
              redis.call('DEL', KEYS[1], KEYS[3])
              redis.call('XGROUP', 'CREATE', KEYS[1], 'toolshed', '$', 'MKSTREAM')
              redis.call('XGROUP', 'DESTROY', KEYS[1], 'toolshed')
              redis.call('HSET', KEYS[2], 'epoch', ARGV[1], 'seq', 0)
              return ARGV[1]
            end
            local epoch = ensure()
            """;

    /** KEYS log, meta, cid; ARGV newEpoch, retained, from, nick, text, ts, clientId or "". */
    static final String APPEND = ENSURE + """
            local cid = ARGV[7]
            if cid ~= '' then
              local known = redis.call('ZSCORE', KEYS[3], cid)
              if known then
                local id = '0-' .. known
                local e = redis.call('XRANGE', KEYS[1], id, id)
                if #e > 0 then return {epoch, 1, e[1]} end
              end
            end
            local seq = redis.call('HINCRBY', KEYS[2], 'seq', 1)
            local id = '0-' .. seq
            local fields = {'f', ARGV[3], 'n', ARGV[4], 't', ARGV[5], 'ts', ARGV[6]}
            if cid ~= '' then
              fields[9] = 'c'
              fields[10] = cid
            end
            redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], id, unpack(fields))
            if cid ~= '' then
              redis.call('ZADD', KEYS[3], seq, cid)
              redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', seq - tonumber(ARGV[2]))
            end
            return {epoch, 0, {id, fields}}
            """;

    /** KEYS log, meta, cid; ARGV newEpoch, mode (recent|after), count, clientEpoch, offset. */
    static final String HISTORY = ENSURE + """
            local last = tonumber(redis.call('HGET', KEYS[2], 'seq'))
            local recovered = -1
            if ARGV[2] == 'after' then
              local off = tonumber(ARGV[5])
              local oldest = last + 1
              local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)
              if #first > 0 then oldest = tonumber(string.sub(first[1][1], 3)) end
              if ARGV[4] == epoch and off >= oldest - 1 and off <= last then
                return {epoch, last, 1, redis.call('XRANGE', KEYS[1], '0-' .. string.format('%d', off + 1), '+')}
              end
              recovered = 0
            end
            local count = tonumber(ARGV[3])
            local recent = {}
            if count > 0 then recent = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', count) end
            local ordered = {}
            for i = #recent, 1, -1 do ordered[#ordered + 1] = recent[i] end
            return {epoch, last, recovered, ordered}
            """;

    /** An append's outcome as the script reports it. */
    record Appended(String epoch, boolean duplicate, ChatMessage message) {}

    /** A replay as the script reports it: recovered is null for a plain recent replay. */
    record Replayed(String epoch, long last, Boolean recovered, List<ChatMessage> messages) {}

    private final String appendSha;
    private final String historySha;

    Scripts(RedisCommands<String, String> commands) {
        appendSha = commands.digest(APPEND);
        historySha = commands.digest(HISTORY);
    }

    Appended append(RedisCommands<String, String> commands, RedisKeys keys, String room, String[] args) {
        List<Object> out = run(commands, appendSha, APPEND, keys, room, args);
        return new Appended((String) out.get(0), ((Long) out.get(1)) == 1L, entry(room, out.get(2)));
    }

    Replayed history(RedisCommands<String, String> commands, RedisKeys keys, String room, String[] args) {
        List<Object> out = run(commands, historySha, HISTORY, keys, room, args);
        long recovered = (Long) out.get(2);
        List<ChatMessage> messages = new ArrayList<>();
        for (Object entry : (List<?>) out.get(3)) {
            messages.add(entry(room, entry));
        }
        return new Replayed((String) out.get(0), (Long) out.get(1), recovered < 0 ? null : recovered == 1, messages);
    }

    private static List<Object> run(RedisCommands<String, String> commands, String sha, String script,
            RedisKeys keys, String room, String[] args) {
        String[] keyNames = {keys.log(room), keys.meta(room), keys.clientIds(room)};
        try {
            return commands.evalsha(sha, ScriptOutputType.MULTI, keyNames, args);
        } catch (RedisNoScriptException e) {
            return commands.eval(script, ScriptOutputType.MULTI, keyNames, args);
        }
    }

    /** Parses {@code [id, [field, value, ...]]} as a stream entry. */
    private static ChatMessage entry(String room, Object raw) {
        List<?> pair = (List<?>) raw;
        List<?> fields = (List<?>) pair.get(1);
        String[] values = new String[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = String.valueOf(fields.get(i));
        }
        return StreamEntries.message(room, (String) pair.get(0), values);
    }
}
