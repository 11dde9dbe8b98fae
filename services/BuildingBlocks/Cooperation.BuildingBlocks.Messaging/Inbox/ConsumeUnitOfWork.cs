using System.Data.Common;
using Cooperation.Contracts.Messages;
using Dapper;

namespace Cooperation.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// The scoped <see cref="IUnitOfWork"/> a consumer receives: it stands for the unit the inbox
/// filter began around the message being consumed. Used anywhere else (a gRPC handler that asked
/// for <see cref="IUnitOfWork"/> instead of beginning one) it fails on first use, naming the fix.
/// </summary>
internal sealed class ConsumeUnitOfWork : IUnitOfWork
{
    private IUnitOfWork? _current;

    private IUnitOfWork Current => _current ?? throw new InvalidOperationException(
        "No message is being consumed in this scope: only consumers registered with AddInboxConsumer receive IUnitOfWork; begin one with IUnitOfWorkFactory elsewhere.");

    public DbConnection Connection => Current.Connection;

    public DbTransaction Transaction => Current.Transaction;

    DbTransaction? Data.IDbSession.Transaction => Current.Transaction;

    public CancellationToken CancellationToken => Current.CancellationToken;

    public string Operation => Current.Operation;

    public string? CorrelationId => Current.CorrelationId;

    public void Begin(IUnitOfWork unitOfWork) => _current = unitOfWork;

    public void End() => _current = null;

    public void Publish(IntegrationEvent integrationEvent) => Current.Publish(integrationEvent);

    public T Feature<T>() where T : class, new() => Current.Feature<T>();

    public bool HasParticipant<T>() where T : IUnitOfWorkParticipant => Current.HasParticipant<T>();

    /// <summary>The inbox filter commits once the consumer returns; a consumer never commits itself.</summary>
    public Task CommitAsync() => throw new InvalidOperationException("A consumer does not commit: the inbox filter commits once it returns.");

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) => Current.QueryAsync<T>(sql, parameters);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) => Current.QuerySingleOrDefaultAsync<T>(sql, parameters);

    public Task<T> QuerySingleAsync<T>(string sql, object? parameters = null) => Current.QuerySingleAsync<T>(sql, parameters);

    public Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null) => Current.ExecuteScalarAsync<T>(sql, parameters);

    public Task<int> ExecuteAsync(string sql, object? parameters = null) => Current.ExecuteAsync(sql, parameters);

    public Task<SqlMapper.GridReader> QueryMultipleAsync(string sql, object? parameters = null) => Current.QueryMultipleAsync(sql, parameters);

    /// <summary>The unit belongs to the inbox filter, which disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
