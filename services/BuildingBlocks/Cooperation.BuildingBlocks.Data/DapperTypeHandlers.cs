using System.Data;
using Dapper;
using NpgsqlTypes;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// The two conversions Npgsql does not make the way rows need them: it reads <c>timestamptz</c> as a
/// UTC <see cref="DateTime"/> and <c>date</c> as a <see cref="DateTime"/>, and it refuses to write a
/// <see cref="DateTimeOffset"/> whose offset is not zero. Ids (uuid), booleans and decimals
/// (numeric) map natively.
/// </summary>
public static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        // Dapper maps these types itself, past any handler, unless their built-in map is removed.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.RemoveTypeMap(typeof(DateOnly?));
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            SetType(parameter, NpgsqlDbType.TimestampTz, DbType.DateTimeOffset);
            parameter.Value = value.ToUniversalTime();
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTime instant => new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc)),
            DateTimeOffset instant => instant.ToUniversalTime(),
            _ => throw new InvalidCastException($"Cannot read {value.GetType()} as an instant."),
        };
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            SetType(parameter, NpgsqlDbType.Date, DbType.Date);
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly date => date,
            DateTime date => DateOnly.FromDateTime(date),
            _ => throw new InvalidCastException($"Cannot read {value.GetType()} as a date."),
        };
    }

    private static void SetType(IDbDataParameter parameter, NpgsqlDbType npgsqlType, DbType fallback)
    {
        if (parameter is Npgsql.NpgsqlParameter npgsql)
        {
            npgsql.NpgsqlDbType = npgsqlType;
        }
        else
        {
            parameter.DbType = fallback;
        }
    }
}
