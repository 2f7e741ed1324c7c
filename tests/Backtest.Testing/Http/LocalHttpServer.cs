using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Backtest.Testing.Http;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, for the downloader's tests: no test reaches the internet.
/// Each connection gets one answer from the handler, then is closed; the handler sees how many requests came before.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private const int MaxHeaderBytes = 64 * 1024;
    private readonly TcpListener _listener;
    private readonly Func<RecordedRequest, ServerAnswer> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Task _loop;
    private int _count;

    /// <summary>Starts listening; <paramref name="handler"/> chooses each answer.</summary>
    public LocalHttpServer(Func<RecordedRequest, ServerAnswer> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoop);
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The requests received so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests.OrderBy(r => r.Number)];

    /// <summary>An address on 127.0.0.1 where nothing listens: connecting is refused at once, like being offline.</summary>
    public static Uri UnusedAddress()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Stops listening and ends answers still waiting.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                RecordedRequest? request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                ServerAnswer answer = _handler(request);
                if (answer.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(answer.Delay, _stop.Token);
                }

                byte[] body = Encoding.UTF8.GetBytes(answer.Body);
                string head = $"HTTP/1.1 {answer.Status} {answer.Reason}\r\nContent-Type: application/json;charset=utf-8\r\n" +
                    $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(body.AsMemory(0, Math.Min(body.Length, answer.CutAfterBytes ?? body.Length)), _stop.Token);
                await stream.FlushAsync(_stop.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (a timeout) or the server is stopping: nothing to answer.
            }
        }
    }

    private async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>(1024);
        var buffer = new byte[1024];
        while (!EndsWithBlankLine(head))
        {
            int read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0 || head.Count + read > MaxHeaderBytes)
            {
                return null;
            }

            head.AddRange(buffer.AsSpan(0, read));
        }

        string[] lines = Encoding.ASCII.GetString([.. head]).Split("\r\n");
        string[] requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1).Where(l => l.Contains(':')))
        {
            int colon = line.IndexOf(':');
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        return new RecordedRequest(Interlocked.Increment(ref _count), requestLine[0], requestLine.Length > 1 ? requestLine[1] : "/", headers);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';
}
