using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>A streaming SHA-256 over a dataset's schema and every stored value in row order.</summary>
/// <remarks>Each value is written as a tag byte (0 NULL, 1 integer, 2 real, 3 text) and its bytes (little-endian
/// numbers; UTF-8 text prefixed with its byte length), so equal content gives an equal hash however it was imported.</remarks>
internal sealed class ContentFingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public ContentFingerprint(IReadOnlyList<ColumnSchema> schema)
    {
        AddInteger(schema.Count);
        foreach (var column in schema)
        {
            AddText(column.Name);
            AddText(column.Type.ToName());
        }
    }

    public void AddNull() { Reserve(1); _buffer[_used++] = 0; }

    public void AddInteger(long value)
    {
        Reserve(9);
        _buffer[_used] = 1;
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used + 1), value);
        _used += 9;
    }

    public void AddReal(double value)
    {
        Reserve(9);
        _buffer[_used] = 2;
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_used + 1), value);
        _used += 9;
    }

    /// <summary>Adds text already encoded as UTF-8.</summary>
    public void AddUtf8(ReadOnlySpan<byte> utf8)
    {
        Reserve(5);
        _buffer[_used] = 3;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used + 1), utf8.Length);
        _used += 5;
        if (utf8.Length > _buffer.Length - _used) { Flush(); _hash.AppendData(utf8); return; }
        utf8.CopyTo(_buffer.AsSpan(_used));
        _used += utf8.Length;
    }

    public void AddText(string value) => AddUtf8(Encoding.UTF8.GetBytes(value));

    /// <summary>The hash as lower-case hex.</summary>
    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public void Dispose() => _hash.Dispose();

    private void Reserve(int bytes)
    {
        if (_used + bytes > _buffer.Length) Flush();
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
