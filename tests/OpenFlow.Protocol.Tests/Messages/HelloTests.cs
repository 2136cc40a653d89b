using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class HelloTests
{
    // OpenFlow 1.3.5, 7.5.1: ofp_hello with one OFPHET_VERSIONBITMAP element offering 1.0 and 1.3.
    private static readonly byte[] HelloWithBitmap = Hex.Parse("""
        04 00 0010 00000001  # ofp_header: version 4, OFPT_HELLO, length 16, xid 1
        0001                 # elements[0].type = OFPHET_VERSIONBITMAP
        0008                 # elements[0].length = 8 (header + one bitmap)
        00000012             # bitmaps[0]: bits 1 (1.0) and 4 (1.3)
        """);

    // Two elements: an unknown type 0x0042 with a 3-byte body (length 7, padded to 8), then a bitmap with two words (length 12, padded to 16).
    private static readonly byte[] HelloWithUnknownAndWideBitmap = Hex.Parse("""
        04 00 0020 00000002  # ofp_header: OFPT_HELLO, length 32, xid 2
        0042 0007 aabbcc 00  # elements[0]: unknown type 0x42, length 7, body aabbcc, 1 pad byte
        0001 000c            # elements[1]: OFPHET_VERSIONBITMAP, length 12
        00000010             # bitmaps[0]: bit 4 (1.3)
        00000001             # bitmaps[1]: bit 32 (version 32)
        00000000             # padding to 8
        """);

    private static readonly byte[] HelloWithoutElements = Hex.Parse("04 00 0008 00000003 # ofp_header only");

    [Fact]
    public void WriteHello_Versions_MatchesSpecVector()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) => w.WriteHello(new Xid(1), [OfpVersion.Of13, 1]));
        Build.AssertBytes(HelloWithBitmap, written);
    }

    [Fact]
    public void WriteHello_NoVersions_WritesHeaderOnly()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) => w.WriteHello(new Xid(3), []));
        Build.AssertBytes(HelloWithoutElements, written);
    }

    [Fact]
    public void Read_VersionBitmap_ExposesElementAndVersions()
    {
        HelloView hello = HelloView.Read(HelloWithBitmap);

        Assert.Equal(new Xid(1), hello.Xid);
        Assert.Equal(4, hello.Version);
        int count = 0;
        foreach (HelloElementView element in hello)
        {
            Assert.Equal(OfpHelloElemType.VersionBitmap, element.Type);
            Assert.Equal(8, element.Length);
            Assert.Equal(8, element.Offset);
            Assert.Equal(1, element.BitmapCount);
            Assert.Equal(0x12u, element.GetBitmap(0));
            count++;
        }

        Assert.Equal(1, count);
        Assert.True(hello.SupportsVersion(4));
        Assert.True(hello.SupportsVersion(1));
        Assert.False(hello.SupportsVersion(2));
        Assert.False(hello.SupportsVersion(5));
        Assert.False(hello.SupportsVersion(200));
    }

    [Fact]
    public void Read_UnknownElementAndWideBitmap_SurfacesRawAndSkipsPadding()
    {
        HelloView hello = HelloView.Read(HelloWithUnknownAndWideBitmap);
        HelloElementEnumerator e = hello.GetEnumerator();

        Assert.True(e.MoveNext());
        Assert.Equal((OfpHelloElemType)0x42, e.Current.Type);
        Assert.Equal(7, e.Current.Length);
        Assert.Equal(new byte[] { 0xaa, 0xbb, 0xcc }, e.Current.Body.ToArray());
        Assert.Equal(0, e.Current.BitmapCount);
        Assert.False(e.Current.SupportsVersion(4));

        Assert.True(e.MoveNext());
        Assert.Equal(OfpHelloElemType.VersionBitmap, e.Current.Type);
        Assert.Equal(16, e.Current.Offset);
        Assert.Equal(2, e.Current.BitmapCount);
        Assert.False(e.MoveNext());

        Assert.True(hello.SupportsVersion(4));
        Assert.True(hello.SupportsVersion(32));
        Assert.False(hello.SupportsVersion(33));
    }

    [Fact]
    public void SupportsVersion_NoBitmap_UsesHeaderVersionAndBelow()
    {
        HelloView hello = HelloView.Read(HelloWithoutElements);
        Assert.False(hello.TryGetVersionBitmap(out _));
        Assert.True(hello.SupportsVersion(4));
        Assert.True(hello.SupportsVersion(1));
        Assert.False(hello.SupportsVersion(5));
        Assert.False(hello.SupportsVersion(0));
    }

    [Fact]
    public void ReadThenRewrite_RawElements_SameBytes()
    {
        byte[] original = HelloWithUnknownAndWideBitmap;
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            HelloView hello = HelloView.Read(original);
            LengthSlot slot = w.BeginHello(hello.Xid);
            foreach (HelloElementView element in hello)
            {
                w.WriteHelloElement(element.Type, element.Body);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(original, rewritten);
    }

    [Fact]
    public void WriteVersionBitmapElement_Version32_WritesTwoWordsPadded()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginHello(new Xid(2));
            w.WriteHelloElement((OfpHelloElemType)0x42, [0xaa, 0xbb, 0xcc]);
            w.WriteVersionBitmapElement([32, 4]);
            return w.EndMessage(slot);
        });
        Build.AssertBytes(HelloWithUnknownAndWideBitmap, written);
    }

    [Fact]
    public void WriteVersionBitmapElement_NoVersions_Throws()
    {
        var writer = new OpenFlowWriter(new byte[64]);
        try
        {
            writer.WriteVersionBitmapElement([]);
            Assert.Fail("expected an ArgumentException");
        }
        catch (System.ArgumentException)
        {
        }
    }

    [Theory]
    [InlineData("04 00 000c 00000000  0001 0003", "elements[0].length", 10)]
    [InlineData("04 00 000c 00000000  0001 0010", "elements[0].length", 10)]
    [InlineData("04 00 0010 00000000  0001 0007 000000 00", "elements[0].length", 10)]
    [InlineData("04 00 000a 00000000  0001", "elements[0]", 8)]
    [InlineData("04 00 0012 00000000  0001 0008 00000010  0001", "elements[1]", 16)]
    public void Enumerate_BadElementLength_ThrowsWithFieldAndOffset(string hex, string field, int offset)
    {
        byte[] message = Hex.Parse(hex);
        Build.AssertFormatError(() => Walk(message), field, offset);
    }

    [Fact]
    public void Enumerate_LastElementPaddingMissing_IsAccepted()
    {
        byte[] message = Hex.Parse("04 00 0014 00000000  0001 000c 00000010 00000000 # no padding after the element");
        HelloView hello = HelloView.Read(message);
        Assert.True(hello.SupportsVersion(4));
    }

    [Fact]
    public void TryRead_WrongType_ReturnsBadType()
    {
        Assert.False(HelloView.TryRead(Hex.Parse("04 02 0008 00000000"), out _, out OpenFlowFormatError error));
        Assert.Equal(OfpErrorType.BadRequest, error.ErrorType);
        Assert.Equal((ushort)OfpBadRequestCode.BadType, error.ErrorCode);
        Assert.Equal("header.type", error.Field);
    }

    [Fact]
    public void TryRead_LengthFieldDiffers_ReturnsBadLen()
    {
        Assert.False(HelloView.TryRead(Hex.Parse("04 00 0010 00000000"), out _, out OpenFlowFormatError error));
        Assert.Equal((ushort)OfpBadRequestCode.BadLen, error.ErrorCode);
        Assert.Equal("header.length", error.Field);
        Assert.Equal(2, error.Offset);
    }

    private static void Walk(byte[] message)
    {
        foreach (HelloElementView element in HelloView.Read(message))
        {
            _ = element.Body.Length;
        }
    }
}
